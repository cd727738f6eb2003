/** The control-loop view's keyboard action, in the page's action vocabulary (src/ui/actions.ts). */
import type { PageAction } from '../actions';
import type { LoopDirector } from './loopDirector';

/** `n`: the next control-loop message (turns step mode on when it is off). */
export const nextLoopMessage: PageAction<LoopDirector> = {
  name: 'nextLoopMessage',
  label: 'show the next control-loop message (step mode)',
  keys: ['n'],
  keyLabel: 'n',
  perform: (director) => director.next(),
};
