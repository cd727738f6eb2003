/**
 * The seeds' manifests exactly as the 2015 texts print them (../shared/seeds), for tests,
 * examples and lessons.
 */

/** "Quick Intro to Kubernetes": a pod whose two containers share an emptyDir (note `emptydir`). */
export const COMPLEXPOD = `{
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

/** "Docker, what else?" (Grenoble meetup, March 2015): the redis master pod. */
export const REDIS_MASTER_POD = `{
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

/** The redis master service: port 8888 in front of container port 6379. */
export const REDIS_MASTER_SERVICE = `{
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

/** The redis slave replication controller (its 2015 camelCase id included). */
export const REDIS_SLAVE_CONTROLLER = `{
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

export const SEED_MANIFESTS = {
  COMPLEXPOD,
  REDIS_MASTER_POD,
  REDIS_MASTER_SERVICE,
  REDIS_SLAVE_CONTROLLER,
} as const;
