// Bundles the diagram pages' scripts and styles into the WAR's static resources.
// One bundle per page, so a page loads only the editor it uses.
import { build } from 'esbuild';

const outdir = process.argv[2] || '../../../target/frontend/resources/diagrams';

await build({
  entryPoints: {
    'diagram-viewer': 'src/diagram-viewer.js',
    'process-modeler': 'src/process-modeler.js',
    'decision-editor': 'src/decision-editor.js'
  },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir,
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.svg': 'dataurl' },
  legalComments: 'linked',
  logLevel: 'warning'
});
