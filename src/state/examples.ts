/**
 * The editor's examples. The 2015 ones are the seeds' manifests exactly as the seed texts print
 * them (../shared/seeds, the same text as src/engine/testing/seeds.ts, which the page may not
 * import): v1beta1 JSON, quirks included (complexpod's `emptydir`). The seeds give no manifest
 * for the todo app (they start it with `kubectl run-container`), so its example is the
 * ReplicationController that command makes, written as modern v1 YAML; the Deployment and the
 * Service show today's way. examples.test.ts applies each on fresh clusters of both eras.
 */
export interface ManifestExample {
  /** The document name it opens as (`kubectl apply -f <name>`). */
  name: string;
  /** What the menu says. */
  label: string;
  text: string;
}

const REDIS_MASTER_POD = `{
  "id": "redis-master-pod",
  "kind": "Pod",
  "apiVersion": "v1beta1",
  "desiredState": {
    "manifest": {
      "version": "v1beta1",
      "id": "redis-master-pod",
      "containers": [{
        "name": "redis-master",
        "image": "gurpartap/redis",
        "ports": [{ "name": "redis-server", "containerPort": 6379 }]
      }]
    }
  },
  "labels": {"name": "redis"}
}
`;

const REDIS_MASTER_SERVICE = `{
  "id": "redis-master",
  "kind": "Service",
  "apiVersion": "v1beta1",
  "port": 8888,
  "containerPort": 6379,
  "selector": {
    "name": "redis"
  },
  "labels": {"name": "redis"}
}
`;

const REDIS_SLAVE_CONTROLLER = `{
  "id": "redisSlaveController",
  "kind": "ReplicationController",
  "apiVersion": "v1beta1",
  "desiredState": {
    "replicas": 2,
    "replicaSelector": {"name": "redisslave"},
    "podTemplate": {
      "desiredState": {
         "manifest": {
           "version": "v1beta1",
           "id": "redisSlaveController",
           "containers": [{
             "name": "slave",
             "image": "brendanburns/redis-slave",
             "ports": [{"containerPort": 6379, "hostPort": 8888}]
           }]
         }
       },
       "labels": {"name": "redisslave"}
      }},
  "labels": {"name": "redisslave"}
}
`;

const COMPLEXPOD = `{
  "id": "complexpod",
  "kind": "Pod",
  "apiVersion": "v1beta1",
  "desiredState": {
  "manifest": {
    "version": "v1beta1",
    "id": "complexpod",
    "containers": [{
      "name": "simplereader",
      "image": "dockerinpractice/simplereader",
      "volumeMounts": [{
        "mountPath": "/data",
        "name": "pod-disk"
      }]},{
        "name": "simplewriter",
        "image": "dockerinpractice/simplewriter",
        "volumeMounts": [{
          "mountPath": "/data",
          "name": "pod-disk"
        }]
      }],
      "volumes": [{
        "name": "pod-disk",
        "emptydir": {}
      }]
    }
  }
}
`;

const TODO_CONTROLLER = `# What 2015's \`kubectl run-container todo --image=dockerinpractice/todo\` made
apiVersion: v1
kind: ReplicationController
metadata:
  name: todo
  labels:
    run-container: todo
spec:
  replicas: 1
  selector:
    run-container: todo
  template:
    metadata:
      labels:
        run-container: todo
    spec:
      containers:
      - name: todo
        image: dockerinpractice/todo
`;

const WEB_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 80
        resources:
          requests:
            cpu: 100m
            memory: 64Mi
`;

const WEB_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 80
`;

export const EXAMPLES: readonly ManifestExample[] = [
  { name: 'redis-master.json', label: 'redis master pod (2015, v1beta1)', text: REDIS_MASTER_POD },
  {
    name: 'redis-master-service.json',
    label: 'redis master service (2015, v1beta1)',
    text: REDIS_MASTER_SERVICE,
  },
  {
    name: 'redis-slave-controller.json',
    label: 'redis slave controller (2015, v1beta1)',
    text: REDIS_SLAVE_CONTROLLER,
  },
  {
    name: 'complexpod.json',
    label: 'complexpod: two containers, one volume (2015, v1beta1)',
    text: COMPLEXPOD,
  },
  { name: 'todo-rc.yaml', label: 'todo app controller (v1)', text: TODO_CONTROLLER },
  { name: 'web-deployment.yaml', label: 'web Deployment (v1)', text: WEB_DEPLOYMENT },
  { name: 'web-service.yaml', label: 'web Service (v1)', text: WEB_SERVICE },
];
