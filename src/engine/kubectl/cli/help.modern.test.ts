import { describe, expect, it } from 'vitest';
import { renderHelp, renderRootHelp } from './index';

/*
 * Golden help pages in modern kubectl's layout (kubectl v1.31, not on a terminal): checked
 * section by section against the real kubectl's output; the long descriptions and examples
 * are kubesim's own words.
 */

describe('modern kubectl help', () => {
  it('kubectl (root) groups the commands as kubectl does', () => {
    expect(renderRootHelp('modern')).toBe(ROOT);
  });

  it('kubectl get --help', () => {
    expect(renderHelp(['get'], 'modern')).toBe(GET);
  });

  it('kubectl run --help', () => {
    expect(renderHelp(['run'], 'modern')).toBe(RUN);
  });

  it('finds a command by its alias', () => {
    expect(renderHelp(['top', 'nodes'], 'modern')).toBe(renderHelp(['top', 'node'], 'modern'));
    expect(renderHelp(['top', 'node'], 'modern')).toContain('\nAliases:\nnode, nodes, no\n\n');
  });

  it('lists subcommands and the hint to their help', () => {
    const help = renderHelp(['rollout'], 'modern');
    expect(help).toContain(
      '\nAvailable Commands:\n  history       View rollout history\n  pause         Mark the provided resource as paused\n',
    );
    expect(help).toContain(
      '\nUse "kubectl rollout <command> --help" for more information about a given command.\n',
    );
  });

  it('refuses a command of the other era', () => {
    expect(() => renderHelp(['run-container'], 'modern')).toThrow('no such command');
  });
});

const ROOT = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  expose          Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service
  run             Run a particular image on the cluster
  set             Set specific features on objects

Basic Commands (Intermediate):
  explain         Get documentation for a resource
  get             Display one or many resources
  edit            Edit a resource on the server
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Deploy Commands:
  rollout         Manage the rollout of a resource
  scale           Set a new size for a deployment, replica set, or replication controller
  autoscale       Auto-scale a deployment, replica set, stateful set, or replication controller

Cluster Management Commands:
  cluster-info    Display cluster information
  top             Display resource (CPU/memory) usage
  cordon          Mark node as unschedulable
  uncordon        Mark node as schedulable
  drain           Drain node in preparation for maintenance
  taint           Update the taints on one or more nodes

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  exec            Execute a command in a container

Advanced Commands:
  diff            Diff the live version against a would-be applied version
  apply           Apply a configuration to a resource by file name or stdin
  replace         Replace a resource by file name or stdin

Settings Commands:
  label           Update the labels on a resource
  annotate        Update the annotations on a resource

Subcommands provided by plugins:

Other Commands:
  api-resources   Print the supported API resources on the server
  api-versions    Print the supported API versions on the server, in the form of "group/version"
  config          Modify kubeconfig files
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

const GET = `Display one or many resources.

 Prints a table of the most useful fields of the resources you name. Narrow a list down with a label selector (-l, --selector) or a field selector. Namespaced resources are listed from the current namespace unless you name another one with -n or ask for every namespace with -A.

 Choose another output format with -o: wide adds columns such as the node a pod runs on, json and yaml print whole objects, name prints type/name pairs, and jsonpath or custom-columns pick out single fields.

Examples:
  # List the pods in the current namespace
  kubectl get pods
  
  # List pods with their IP address and node
  kubectl get pods -o wide
  
  # List the pods labelled app=web, in every namespace
  kubectl get pods -l app=web --all-namespaces
  
  # Show one replication controller as YAML
  kubectl get rc web -o yaml
  
  # List replication controllers and services together
  kubectl get rc,services
  
  # Print only the phase of a pod
  kubectl get pod web-7x2kq -o jsonpath='{.status.phase}'
  
  # Keep watching pods and print each change
  kubectl get pods --watch

Options:
    -A, --all-namespaces=false:
\tIf present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.

    --allow-missing-template-keys=true:
\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --chunk-size=500:
\tReturn large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.

    --field-selector='':
\tSelector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.

    -f, --filename=[]:
\tFilename, directory, or URL to files identifying the resource to get from a server.

    --ignore-not-found=false:
\tIf the requested object does not exist the command will return exit code 0.

    -k, --kustomize='':
\tProcess the kustomization directory. This flag can't be used together with -f or -R.

    -L, --label-columns=[]:
\tAccepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...

    --no-headers=false:
\tWhen using the default or custom-column output format, don't print headers (default print headers).

    -o, --output='':
\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].

    --output-watch-events=false:
\tOutput watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.

    --raw='':
\tRaw URI to request from the server.  Uses the transport specified by the kubeconfig file.

    -R, --recursive=false:
\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    -l, --selector='':
\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.

    --server-print=true:
\tIf true, have the server return the appropriate table output. Supports extension APIs and CRDs.

    --show-kind=false:
\tIf present, list the resource type for the requested object(s).

    --show-labels=false:
\tWhen printing, show all labels as the last column (default hide labels column)

    --show-managed-fields=false:
\tIf true, keep the managedFields when printing objects in JSON or YAML format.

    --sort-by='':
\tIf non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.

    --subresource='':
\tIf specified, gets the subresource of the requested object. Must be one of [status scale]. This flag is beta and may change in the future.

    --template='':
\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

    -w, --watch=false:
\tAfter listing/getting the requested object, watch for changes.

    --watch-only=false:
\tWatch for changes to the requested object(s), without listing/getting first.

Usage:
  kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

const RUN = `Create and run a particular image in a pod.

Examples:
  # Start a pod running the nginx image
  kubectl run nginx --image=nginx
  
  # Start a pod and label it
  kubectl run web --image=nginx --labels="app=web,tier=frontend"
  
  # Start a pod that listens on port 80 and set an environment variable
  kubectl run web --image=nginx --port=80 --env="MODE=demo"
  
  # Start a pod that runs a command instead of the image's default
  kubectl run sleeper --image=busybox --command -- sleep 3600
  
  # Print the pod this command would create, without creating it
  kubectl run nginx --image=nginx --dry-run=client -o yaml

Options:
    --allow-missing-template-keys=true:
\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.

    --annotations=[]:
\tAnnotations to apply to the pod.

    --attach=false:
\tIf true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned.

    --cascade='background':
\tMust be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.

    --command=false:
\tIf true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.

    --dry-run='none':
\tMust be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

    --env=[]:
\tEnvironment variables to set in the container.

    --expose=false:
\tIf true, create a ClusterIP service associated with the pod.  Requires \`--port\`.

    --field-manager='kubectl-run':
\tName of the manager used to track field ownership.

    -f, --filename=[]:
\tto use to replace the resource.

    --force=false:
\tIf true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.

    --grace-period=-1:
\tPeriod of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).

    --image='':
\tThe image for the container to run.

    --image-pull-policy='':
\tThe image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.

    -k, --kustomize='':
\tProcess a kustomization directory. This flag can't be used together with -f or -R.

    -l, --labels='':
\tComma separated labels to apply to the pod. Will override previous values.

    --leave-stdin-open=false:
\tIf the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes.

    -o, --output='':
\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).

    --override-type='merge':
\tThe method used to override the generated object: json, merge, or strategic.

    --overrides='':
\tAn inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.

    --pod-running-timeout=1m0s:
\tThe length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running

    --port='':
\tThe port that this container exposes.

    --privileged=false:
\tIf true, run the container in privileged mode.

    -q, --quiet=false:
\tIf true, suppress prompt messages.

    -R, --recursive=false:
\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

    --restart='Always':
\tThe restart policy for this Pod.  Legal values [Always, OnFailure, Never].

    --rm=false:
\tIf true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'.

    --save-config=false:
\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.

    --show-managed-fields=false:
\tIf true, keep the managedFields when printing objects in JSON or YAML format.

    -i, --stdin=false:
\tKeep stdin open on the container in the pod, even if nothing is attached.

    --template='':
\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].

    --timeout=0s:
\tThe length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object

    -t, --tty=false:
\tAllocate a TTY for the container in the pod.

    --wait=false:
\tIf true, wait for resources to be gone before returning. This waits for finalizers.

Usage:
  kubectl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]

Use "kubectl options" for a list of global command-line options (applies to all commands).
`;
