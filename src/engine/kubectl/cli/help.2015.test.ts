import { describe, expect, it } from 'vitest';
import { renderHelp, renderRootHelp } from './index';

/*
 * Golden help pages in 2015 kubectl's layout: cobra's default templates of spring 2015 and
 * pflag's one-line flags. Use lines and flags are kubectl v0.15's; descriptions and examples
 * are kubesim's own words.
 */

describe('2015 kubectl help', () => {
  it('kubectl (root) lists every command and the global flags', () => {
    expect(renderRootHelp('2015')).toBe(ROOT);
  });

  it('kubectl run-container --help', () => {
    expect(renderHelp(['run-container'], '2015')).toBe(RUN_CONTAINER);
  });

  it('kubectl resize --help', () => {
    expect(renderHelp(['resize'], '2015')).toBe(RESIZE);
  });
});

const ROOT = `kubectl controls the Kubernetes cluster manager.

Find more information at https://github.com/GoogleCloudPlatform/kubernetes.

Usage: 
  kubectl [flags]
  kubectl [command]

Available Commands: 
  get            Display one or many resources
  describe       Show details of a specific resource
  create         Create a resource by filename or stdin
  update         Update a resource by filename or stdin.
  delete         Delete a resource by filename, stdin, resource and ID, or by resources and label selector.
  log            Print the logs for a container in a pod.
  rolling-update Perform a rolling update of the given ReplicationController.
  resize         Set a new size for a Replication Controller.
  exec           Execute a command in a container.
  run-container  Run a particular image on the cluster.
  stop           Gracefully shut down a resource by id or filename.
  expose         Take a replicated application and expose it as Kubernetes Service
  label          Update the labels on a resource
  config         config modifies kubeconfig files
  cluster-info   Display cluster info
  api-versions   Print available API versions.
  version        Print the client and server version information.
  run            Run a particular image on the cluster
  scale          Set a new size for a deployment, replica set, or replication controller
  apply          Apply a configuration to a resource by file name or stdin
  annotate       Update the annotations on a resource
  cordon         Mark node as unschedulable
  uncordon       Mark node as schedulable
  explain        Get documentation for a resource
  api-resources  Print the supported API resources on the server
  help           Help about any command

Flags:
      --alsologtostderr=false: log to standard error as well as files
      --api-version="": The API version to use when talking to the server
  -a, --auth-path="": Path to the auth info file. If missing, prompt the user. Only used if using https.
      --certificate-authority="": Path to a cert. file for the certificate authority.
      --client-certificate="": Path to a client key file for TLS.
      --client-key="": Path to a client key file for TLS.
      --cluster="": The name of the kubeconfig cluster to use
      --context="": The name of the kubeconfig context to use
  -h, --help=false: help for kubectl
      --insecure-skip-tls-verify=false: If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure.
      --kubeconfig="": Path to the kubeconfig file to use for CLI requests.
      --log_backtrace_at=:0: when logging hits line file:N, emit a stack trace
      --log_dir=: If non-empty, write log files in this directory
      --log_flush_frequency=5s: Maximum number of seconds between log flushes
      --logtostderr=true: log to standard error instead of files
      --match-server-version=false: Require server version to match client version
  -n, --namespace="": If present, the namespace scope for this CLI request.
      --password="": Password for basic authentication to the API server.
  -s, --server="": The address and port of the Kubernetes API server
      --stderrthreshold=2: logs at or above this threshold go to stderr
      --token="": Bearer token for authentication to the API server.
      --user="": The name of the kubeconfig user to use
      --username="": Username for basic authentication to the API server.
      --v=0: log level for V logs
      --validate=false: If true, use a schema to validate the input before sending it
      --vmodule=: comma-separated list of pattern=N settings for file-filtered logging


Use "kubectl help [command]" for more information about a command.

`;

const RUN_CONTAINER = `Create and run a particular image, possibly replicated.
Creates a replication controller to manage the created container(s).

Usage: 
  kubectl run-container NAME --image=image [--port=port] [--replicas=replicas] [--dry-run=bool] [--overrides=inline-json] [flags]

Examples:
// Start one instance of the todo image, under a controller named todo.
$ kubectl run-container todo --image=dockerinpractice/todo

// Start three replicas of nginx that listen on port 80.
$ kubectl run-container nginx --image=dockerfile/nginx --replicas=3 --port=80

// Print the replication controller that would be created, without creating it.
$ kubectl run-container nginx --image=dockerfile/nginx --dry-run

// Override fields of the generated controller with JSON.
$ kubectl run-container nginx --image=dockerfile/nginx --overrides='{ "apiVersion": "v1beta1", "desiredState": { ... } }'

Flags:
      --dry-run=false: If true, only print the object that would be sent, without sending it.
      --generator="run-container/v1": The name of the API generator to use.  Default is 'run-container-controller/v1'.
  -h, --help=false: help for run-container
      --image="": The image for the container to run.
  -l, --labels="": Labels to apply to the pod(s) created by this call to run-container.
      --no-headers=false: When using the default output, don't print headers.
  -o, --output="": Output format. One of: json|yaml|template|templatefile.
      --output-version="": Output the formatted object with the given version (default api-version).
      --overrides="": An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.
      --port=-1: The port that this container exposes.
  -r, --replicas=1: Number of replicas to create for this container. Default is 1.
  -t, --template="": Template string or path to template file to use when -o=template or -o=templatefile.  The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]

Global Flags:
      --alsologtostderr=false: log to standard error as well as files
      --api-version="": The API version to use when talking to the server
  -a, --auth-path="": Path to the auth info file. If missing, prompt the user. Only used if using https.
      --certificate-authority="": Path to a cert. file for the certificate authority.
      --client-certificate="": Path to a client key file for TLS.
      --client-key="": Path to a client key file for TLS.
      --cluster="": The name of the kubeconfig cluster to use
      --context="": The name of the kubeconfig context to use
      --insecure-skip-tls-verify=false: If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure.
      --kubeconfig="": Path to the kubeconfig file to use for CLI requests.
      --log_backtrace_at=:0: when logging hits line file:N, emit a stack trace
      --log_dir=: If non-empty, write log files in this directory
      --log_flush_frequency=5s: Maximum number of seconds between log flushes
      --logtostderr=true: log to standard error instead of files
      --match-server-version=false: Require server version to match client version
  -n, --namespace="": If present, the namespace scope for this CLI request.
      --password="": Password for basic authentication to the API server.
  -s, --server="": The address and port of the Kubernetes API server
      --stderrthreshold=2: logs at or above this threshold go to stderr
      --token="": Bearer token for authentication to the API server.
      --user="": The name of the kubeconfig user to use
      --username="": Username for basic authentication to the API server.
      --v=0: log level for V logs
      --validate=false: If true, use a schema to validate the input before sending it
      --vmodule=: comma-separated list of pattern=N settings for file-filtered logging

Additional help topics:

  kubectl get            Display one or many resources
  kubectl describe       Show details of a specific resource
  kubectl create         Create a resource by filename or stdin
  kubectl update         Update a resource by filename or stdin.
  kubectl delete         Delete a resource by filename, stdin, resource and ID, or by resources and label selector.
  kubectl log            Print the logs for a container in a pod.
  kubectl rolling-update Perform a rolling update of the given ReplicationController.
  kubectl resize         Set a new size for a Replication Controller.
  kubectl exec           Execute a command in a container.
  kubectl stop           Gracefully shut down a resource by id or filename.
  kubectl expose         Take a replicated application and expose it as Kubernetes Service
  kubectl label          Update the labels on a resource
  kubectl config         config modifies kubeconfig files
  kubectl cluster-info   Display cluster info
  kubectl api-versions   Print available API versions.
  kubectl version        Print the client and server version information.
  kubectl run            Run a particular image on the cluster
  kubectl scale          Set a new size for a deployment, replica set, or replication controller
  kubectl apply          Apply a configuration to a resource by file name or stdin
  kubectl annotate       Update the annotations on a resource
  kubectl cordon         Mark node as unschedulable
  kubectl uncordon       Mark node as schedulable
  kubectl explain        Get documentation for a resource
  kubectl api-resources  Print the supported API resources on the server
  kubectl help           Help about any command

`;

const RESIZE = `Set a new size for a Replication Controller.

You may add preconditions: with --current-replicas or --resource-version the new
size is only set while the controller still has that size or that resource
version, checked at the moment the change reaches the server.

Usage: 
  kubectl resize [--resource-version=version] [--current-replicas=count] --replicas=COUNT RESOURCE ID [flags]

Examples:
// Resize the replication controller todo to 3 replicas.
$ kubectl resize --replicas=3 replicationController todo

// Resize todo to 5 replicas, but only if it has 3 now.
$ kubectl resize --current-replicas=3 --replicas=5 rc todo

Flags:
      --current-replicas=-1: Precondition for current size. Requires that the current size of the replication controller match this value in order to resize.
  -h, --help=false: help for resize
      --replicas=-1: The new desired number of replicas. Required.
      --resource-version="": Precondition for resource version. Requires that the current resource version match this value in order to resize.

Global Flags:
      --alsologtostderr=false: log to standard error as well as files
      --api-version="": The API version to use when talking to the server
  -a, --auth-path="": Path to the auth info file. If missing, prompt the user. Only used if using https.
      --certificate-authority="": Path to a cert. file for the certificate authority.
      --client-certificate="": Path to a client key file for TLS.
      --client-key="": Path to a client key file for TLS.
      --cluster="": The name of the kubeconfig cluster to use
      --context="": The name of the kubeconfig context to use
      --insecure-skip-tls-verify=false: If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure.
      --kubeconfig="": Path to the kubeconfig file to use for CLI requests.
      --log_backtrace_at=:0: when logging hits line file:N, emit a stack trace
      --log_dir=: If non-empty, write log files in this directory
      --log_flush_frequency=5s: Maximum number of seconds between log flushes
      --logtostderr=true: log to standard error instead of files
      --match-server-version=false: Require server version to match client version
  -n, --namespace="": If present, the namespace scope for this CLI request.
      --password="": Password for basic authentication to the API server.
  -s, --server="": The address and port of the Kubernetes API server
      --stderrthreshold=2: logs at or above this threshold go to stderr
      --token="": Bearer token for authentication to the API server.
      --user="": The name of the kubeconfig user to use
      --username="": Username for basic authentication to the API server.
      --v=0: log level for V logs
      --validate=false: If true, use a schema to validate the input before sending it
      --vmodule=: comma-separated list of pattern=N settings for file-filtered logging

Additional help topics:

  kubectl get            Display one or many resources
  kubectl describe       Show details of a specific resource
  kubectl create         Create a resource by filename or stdin
  kubectl update         Update a resource by filename or stdin.
  kubectl delete         Delete a resource by filename, stdin, resource and ID, or by resources and label selector.
  kubectl log            Print the logs for a container in a pod.
  kubectl rolling-update Perform a rolling update of the given ReplicationController.
  kubectl exec           Execute a command in a container.
  kubectl run-container  Run a particular image on the cluster.
  kubectl stop           Gracefully shut down a resource by id or filename.
  kubectl expose         Take a replicated application and expose it as Kubernetes Service
  kubectl label          Update the labels on a resource
  kubectl config         config modifies kubeconfig files
  kubectl cluster-info   Display cluster info
  kubectl api-versions   Print available API versions.
  kubectl version        Print the client and server version information.
  kubectl run            Run a particular image on the cluster
  kubectl scale          Set a new size for a deployment, replica set, or replication controller
  kubectl apply          Apply a configuration to a resource by file name or stdin
  kubectl annotate       Update the annotations on a resource
  kubectl cordon         Mark node as unschedulable
  kubectl uncordon       Mark node as schedulable
  kubectl explain        Get documentation for a resource
  kubectl api-resources  Print the supported API resources on the server
  kubectl help           Help about any command

`;
