/**
 * kubectl's global flags, accepted before or after any command: modern kubectl's list is what
 * `kubectl options` prints; the 2015 list is kubectl v0.15's persistent flags, glog's included.
 */
import type { FlagSpec } from '../types';
import { bool, duration, int, str, strArray } from './flag';

/** The simulated user's home directory, where kubectl keeps its cache. */
export const SIMULATED_HOME = '/home/student';

export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  str(
    'as',
    '',
    'Username to impersonate for the operation. User could be a regular user or a service account in a namespace.',
  ),
  strArray(
    'as-group',
    'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.',
  ),
  str('as-uid', '', 'UID to impersonate for the operation.'),
  str('cache-dir', `${SIMULATED_HOME}/.kube/cache`, 'Default cache directory'),
  str('certificate-authority', '', 'Path to a cert file for the certificate authority'),
  str('client-certificate', '', 'Path to a client certificate file for TLS'),
  str('client-key', '', 'Path to a client key file for TLS'),
  str('cluster', '', 'The name of the kubeconfig cluster to use'),
  str('context', '', 'The name of the kubeconfig context to use'),
  bool(
    'disable-compression',
    false,
    'If true, opt-out of response compression for all requests to the server',
  ),
  bool(
    'insecure-skip-tls-verify',
    false,
    "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure",
  ),
  str('kubeconfig', '', 'Path to the kubeconfig file to use for CLI requests.'),
  duration('log-flush-frequency', '5s', 'Maximum number of seconds between log flushes'),
  bool('match-server-version', false, 'Require server version to match client version'),
  str('namespace', '', 'If present, the namespace scope for this CLI request', { shorthand: 'n' }),
  str('password', '', 'Password for basic authentication to the API server'),
  str(
    'profile',
    'none',
    'Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex)',
  ),
  str('profile-output', 'profile.pprof', 'Name of the file to write the profile to'),
  str(
    'request-timeout',
    '0',
    "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.",
  ),
  str('server', '', 'The address and port of the Kubernetes API server', { shorthand: 's' }),
  str(
    'tls-server-name',
    '',
    'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used',
  ),
  str('token', '', 'Bearer token for authentication to the API server'),
  str('user', '', 'The name of the kubeconfig user to use'),
  str('username', '', 'Username for basic authentication to the API server'),
  int('v', 0, 'number for the log level verbosity', {
    shorthand: 'v',
    bits: 32,
    valueType: 'Level',
  }),
  str(
    'vmodule',
    '',
    'comma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)',
    { valueType: 'pattern=N,...' },
  ),
  bool(
    'warnings-as-errors',
    false,
    'Treat warnings received from the server as errors and exit with a non-zero exit code',
  ),
];

/** glog's flags came from Go's flag package, whose values pflag printed without quotes. */
const GO_FLAG = { valueType: 'flag.Value' } as const;

export const GLOBAL_FLAGS_2015: readonly FlagSpec[] = [
  bool('alsologtostderr', false, 'log to standard error as well as files'),
  str('api-version', '', 'The API version to use when talking to the server'),
  str(
    'auth-path',
    '',
    'Path to the auth info file. If missing, prompt the user. Only used if using https.',
    { shorthand: 'a' },
  ),
  str('certificate-authority', '', 'Path to a cert. file for the certificate authority.'),
  str('client-certificate', '', 'Path to a client key file for TLS.'),
  str('client-key', '', 'Path to a client key file for TLS.'),
  str('cluster', '', 'The name of the kubeconfig cluster to use'),
  str('context', '', 'The name of the kubeconfig context to use'),
  bool(
    'insecure-skip-tls-verify',
    false,
    "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure.",
  ),
  str('kubeconfig', '', 'Path to the kubeconfig file to use for CLI requests.'),
  str('log_backtrace_at', ':0', 'when logging hits line file:N, emit a stack trace', GO_FLAG),
  str('log_dir', '', 'If non-empty, write log files in this directory', GO_FLAG),
  duration('log_flush_frequency', '5s', 'Maximum number of seconds between log flushes'),
  bool('logtostderr', true, 'log to standard error instead of files'),
  bool('match-server-version', false, 'Require server version to match client version'),
  // spring-2015 kubectl had only --namespace; kubesim accepts the later -n too (DESIGN: -n works)
  str('namespace', '', 'If present, the namespace scope for this CLI request.', { shorthand: 'n' }),
  str('password', '', 'Password for basic authentication to the API server.'),
  str('server', '', 'The address and port of the Kubernetes API server', { shorthand: 's' }),
  str('stderrthreshold', '2', 'logs at or above this threshold go to stderr', GO_FLAG),
  str('token', '', 'Bearer token for authentication to the API server.'),
  str('user', '', 'The name of the kubeconfig user to use'),
  str('username', '', 'Username for basic authentication to the API server.'),
  int('v', 0, 'log level for V logs', GO_FLAG),
  bool('validate', false, 'If true, use a schema to validate the input before sending it'),
  str(
    'vmodule',
    '',
    'comma-separated list of pattern=N settings for file-filtered logging',
    GO_FLAG,
  ),
];
