// monaco-yaml's worker, imported through the project so Vite bundles it with its dependencies
// (monaco-yaml's README: "Why doesn't it work with Vite?").
import 'monaco-yaml/yaml.worker.js';
