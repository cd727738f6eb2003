/** Controllers (RC, ReplicaSet, Deployment) with desired/current/ready (being built: see the brief). */
export function ControllersBand() {
  return null;
}
