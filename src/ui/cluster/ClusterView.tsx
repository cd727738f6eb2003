import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useCluster, useClusterShallow, useSession } from '../../state/context';
import { selectCompactNodes, selectEngine, selectNodeIds } from '../../state/selectors';
import { ControllersBand } from '../controllers/ControllersBand';
import { LoopCaption } from '../loop/LoopCaption';
import { LoopLayer } from '../loop/LoopLayer';
import { ServiceLinks } from '../services/ServiceLinks';
import { ServicesBand } from '../services/ServicesBand';
import { TrafficLayer } from '../services/TrafficLayer';
import { pictureGestures } from './drawn';
import { MasterBand } from './MasterBand';
import { MotionContext, MotionMemory } from './motion';
import { NodeCard } from './NodeCard';
import { createPanZoom, type PanZoom } from './panZoom';
import { PendingArea } from './PendingArea';
import { PictureContext, usePicture, type Box, type PictureGeometry } from './picture';
import { OVERLAY_ATTRIBUTE, usePictureVersion, useReducedMotion } from './pictureHooks';
import { StorageBand } from './StorageBand';
import { VolumeLines } from './VolumeLines';
import './cluster.css';

/**
 * The cluster picture (UX.md "Layout"): a pan/zoom viewport over one content element holding,
 * top to bottom, the master, the control-loop caption, the services, the minions, the Pending
 * area, the controllers and the storage band, with an SVG overlay for everything that connects
 * them. Overlays find boxes through `PictureContext` (picture.tsx).
 */
export function ClusterView() {
  const engine = useCluster(selectEngine);
  if (engine.phase !== 'ready' && engine.phase !== 'restarting') {
    return (
      <main className="cluster" aria-label="Cluster" aria-busy={engine.phase !== 'failed'}>
        <p className="cluster-status">
          {engine.phase === 'failed'
            ? 'The simulated cluster is not running.'
            : 'Starting the simulated cluster…'}
        </p>
      </main>
    );
  }
  return <Picture />;
}

function Picture() {
  const session = useSession();
  const viewport = useRef<HTMLElement>(null);
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  const reducedMotion = useReducedMotion();
  const panZoom = useRef<PanZoom | null>(null);
  const reduced = useRef(reducedMotion);
  reduced.current = reducedMotion;

  useEffect(() => {
    if (!viewport.current || !content) return;
    const view = viewport.current;
    const pz = createPanZoom(view, content, {
      reducedMotion: () => reduced.current,
      // written straight to the DOM: a pan must not re-render the picture at every frame
      onChange: ({ x, y, k }) => {
        view.dataset.zoom = k.toFixed(2);
        view.dataset.pan = `${Math.round(x)},${Math.round(y)}`;
      },
    });
    panZoom.current = pz;
    return () => {
      pz.destroy();
      panZoom.current = null;
    };
  }, [content]);

  const controls = useMemo(
    () => ({
      in: () => panZoom.current?.zoomIn(),
      out: () => panZoom.current?.zoomOut(),
      fit: () => panZoom.current?.fit(),
      reveal: (box: Box) => panZoom.current?.reveal(box),
    }),
    [],
  );
  const gestures = useMemo(() => pictureGestures(session, controls), [session, controls]);
  const [memory] = useState(() => new MotionMemory());
  const motion = useMemo(
    () => ({ memory, content, reducedMotion }),
    [memory, content, reducedMotion],
  );

  return (
    <main
      className="cluster picture"
      aria-label="Cluster"
      ref={viewport}
      data-zoom="1.00"
      data-pan="0,0"
    >
      <div className="zoom-controls" role="toolbar" aria-label="Zoom">
        <button type="button" className="control" onClick={controls.in} title="Zoom in (+)">
          Zoom in
        </button>
        <button type="button" className="control" onClick={controls.out} title="Zoom out (−)">
          Zoom out
        </button>
        <button
          type="button"
          className="control"
          onClick={controls.fit}
          title="Fit the picture (0)"
        >
          Fit
        </button>
      </div>
      <PictureProvider content={content} reducedMotion={reducedMotion} reveal={controls.reveal}>
        <AutoFit panZoom={panZoom} />
        <MotionContext value={motion}>
          <div className="picture-content" ref={setContent} {...gestures}>
            <MasterBand />
            <LoopCaption />
            <ServicesBand />
            <Minions />
            <PendingArea />
            <ControllersBand />
            <StorageBand />
            <svg className="picture-overlay" aria-hidden="true" {...{ [OVERLAY_ATTRIBUTE]: '' }}>
              <VolumeLines />
              <ServiceLinks />
              <TrafficLayer />
              <LoopLayer />
            </svg>
          </div>
        </MotionContext>
      </PictureProvider>
    </main>
  );
}

/**
 * Holds the picture's layout `version`, so only what reads `usePicture()` (the overlays, the
 * Pending area) re-renders when it changes; the children were made by `Picture` and stay put.
 */
function PictureProvider(props: {
  content: HTMLElement | null;
  reducedMotion: boolean;
  reveal: (box: Box) => void;
  children: ReactNode;
}) {
  const { content, reducedMotion, reveal } = props;
  const version = usePictureVersion(content);
  const geometry = useMemo<PictureGeometry>(
    () => ({ content, version, reducedMotion, reveal }),
    [content, version, reducedMotion, reveal],
  );
  return <PictureContext value={geometry}>{props.children}</PictureContext>;
}

/** Fits the picture again when its layout changed and it has outgrown the viewport. */
function AutoFit(props: { panZoom: { current: PanZoom | null } }) {
  const { version } = usePicture();
  const { panZoom } = props;
  useEffect(() => {
    panZoom.current?.autoFit();
  }, [version, panZoom]);
  return null;
}

/** The minions: a grid that wraps, in name order (never one column), compact past 30 nodes. */
function Minions() {
  const nodeIds = useClusterShallow(selectNodeIds);
  const compact = useCluster(selectCompactNodes);
  return (
    <section className="band minions" aria-label="Nodes">
      <h2 className="band-title">Minions</h2>
      <ul
        className={compact ? 'node-grid compact' : 'node-grid'}
        data-compact={compact ? 'true' : undefined}
      >
        {nodeIds.map((id) => (
          <NodeCard key={id} id={id} compact={compact} />
        ))}
      </ul>
    </section>
  );
}
