import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the panel is, for the message ("the cluster picture"). */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * One panel's failure stays in that panel: a drawing bug in the picture must not blank the
 * console, the editor or the student's work. The panel says what went wrong and can be redrawn;
 * the cluster and the store are untouched.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // kept for whoever opens the developer tools; the panel itself says so in words
    console.warn(`kubesim: ${this.props.name} failed to draw`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel-failed" role="alert" aria-label={`${this.props.name} failed`}>
        <p>
          kubesim could not draw {this.props.name} (a simulator bug: {error.message}). The cluster
          and your work are unaffected.
        </p>
        <button type="button" className="control" onClick={() => this.setState({ error: null })}>
          Draw it again
        </button>
      </section>
    );
  }
}
