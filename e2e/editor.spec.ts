/**
 * The manifest editor as a student uses it: Monaco loads after the cluster, the API server's
 * dry run marks the exact line as they type, the linter warns of selectors that route nowhere,
 * completion knows the schema, Diff shows what Apply would change, live objects open for
 * editing, and documents survive a reload.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  consoleOutput,
  expect,
  kubectl,
  manifestEditor,
  monacoReady,
  openCluster,
  setManifest,
  test,
} from './fixtures';

const problems = (page: Page) => manifestEditor(page).getByRole('list', { name: 'Problems' });

const BAD_LABEL = `apiVersion: v1
kind: Pod
metadata:
  name: lbl
  labels:
    app: "my web"
spec:
  containers:
  - name: web
    image: nginx
`;

test('Monaco loads lazily: the cluster draws first, the plain box works meanwhile', async ({
  page,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/monaco\/setup\.ts|\/assets\/setup-[^/]*\.js/, async (route) => {
    await held;
    await route.continue();
  });
  await openCluster(page);
  await expect(page.getByRole('group', { name: /^Node node-1\b/ })).toBeVisible();
  const editor = manifestEditor(page);
  await expect(editor.getByText(/Loading the full editor/)).toBeVisible();
  const plain = editor.getByRole('textbox', { name: /^Manifest pod\.yaml/ });
  await expect(plain).toBeEditable();
  // typing goes on across the switch: what was typed stays, and the cursor with it
  await plain.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('# typed while loading');
  release();
  const box = await monacoReady(page);
  await expect(box).toBeFocused();
  await page.keyboard.type(', and after');
  await expect(editor.getByTestId('monaco')).toContainText('# typed while loading, and after');
});

test("a bad label value gets the API server's own message on its line; fixed, it applies", async ({
  page,
}) => {
  await openCluster(page);
  await setManifest(page, BAD_LABEL);
  const problem = problems(page).getByRole('listitem').filter({ hasText: 'metadata.labels' });
  await expect(problem).toContainText('Line 6');
  await expect(problem).toContainText(
    `metadata.labels: Invalid value: "my web": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
  );

  await setManifest(page, BAD_LABEL.replace('"my web"', 'my-web'));
  await expect(manifestEditor(page).getByText(/No problems/)).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(consoleOutput(page)).toContainText('kubectl apply -f pod.yaml');
  await expect(consoleOutput(page)).toContainText('pod/lbl created');
  const pod = page.getByRole('group', { name: /^Pod lbl\b/ });
  await expect(pod).toBeVisible();
});

test('completion offers containers under spec', async ({ page }) => {
  await openCluster(page);
  await setManifest(page, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: c\nspec:\n  cont');
  const suggestions = page.getByRole('listbox', { name: 'Suggest' });
  // the YAML worker and the schema arrive a moment after Monaco: ask again until they have
  await expect(async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Space');
    await expect(suggestions.getByRole('option', { name: /^containers\b/ })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 20_000 });
});

test('Diff against live shows a changed replica count', async ({ page }) => {
  await openCluster(page);
  const rc = (replicas: number) => `apiVersion: v1
kind: ReplicationController
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
`;
  await setManifest(page, rc(2));
  await manifestEditor(page).getByRole('button', { name: 'Apply' }).click();
  await expect(consoleOutput(page)).toContainText('replicationcontroller/web created');
  await setManifest(page, rc(5));
  await manifestEditor(page).getByRole('button', { name: 'Diff against live' }).click();
  const dialog = page.getByRole('dialog', { name: /Diff against live/ });
  const changes = dialog.getByRole('list', { name: 'Changes' });
  await expect(changes).toContainText('replicas: 2');
  await expect(changes).toContainText('replicas: 5');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  await expect(consoleOutput(page)).toContainText('replicationcontroller/web configured');
});

test('a selector that matches nothing gets the linter’s warning', async ({ page }) => {
  await openCluster(page);
  await setManifest(
    page,
    `apiVersion: v1
kind: Service
metadata:
  name: lost
spec:
  selector:
    app: nowhere
  ports:
  - port: 80
`,
  );
  const warning = problems(page).getByRole('listitem').filter({ hasText: 'app=nowhere' });
  await expect(warning).toHaveAttribute('data-severity', 'warning');
  await expect(warning).toContainText('Line 7');
});

test('documents persist across a reload: tabs, names and text', async ({ page }) => {
  await openCluster(page);
  await manifestEditor(page).getByRole('combobox', { name: 'New document' }).selectOption({
    label: 'Service',
  });
  const tabs = manifestEditor(page).getByRole('tablist', { name: 'Documents' });
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  await setManifest(
    page,
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: kept-after-reload\n',
  );
  const name = await manifestEditor(page).getByTestId('document-name').textContent();
  await page.reload();
  await expect(page.locator('[data-engine-phase="ready"]')).toBeVisible();
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  await expect(tabs.getByRole('tab', { name: name ?? '' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await kubectl(page, `kubectl apply -f ${name} --dry-run=client`);
  await expect(consoleOutput(page)).toContainText('namespace/kept-after-reload created (dry run)');
});

test('a live object opens for editing; a stale one gets the Conflict message', async ({ page }) => {
  await openCluster(page);
  // paused, the pod stays as it is: only the student's own change moves its resourceVersion
  await page.getByRole('button', { name: 'Pause' }).click();
  await kubectl(page, 'kubectl run solo --image=nginx');
  const pod = page.getByRole('group', { name: /^Pod solo\b/ });
  await pod.click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('button', { name: 'Edit' }).click();
  const tabs = manifestEditor(page).getByRole('tablist', { name: 'Documents' });
  await expect(tabs.getByRole('tab', { name: /pod-solo\.yaml/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(manifestEditor(page).getByText(/Editing the live Pod/)).toBeVisible();
  // the object changes behind the editor's back
  await kubectl(page, 'kubectl label pod solo tier=front');
  await manifestEditor(page).getByRole('button', { name: 'Apply' }).click();
  await expect(consoleOutput(page)).toContainText(
    'Operation cannot be fulfilled on pods "solo": the object has been modified; please apply your changes to the latest version and try again',
  );
});

test('a file dropped on the editor opens in a tab', async ({ page }) => {
  await openCluster(page);
  await monacoReady(page);
  const data = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dropped\n'], 'ns.yaml', {
        type: 'application/yaml',
      }),
    );
    return transfer;
  });
  await manifestEditor(page).dispatchEvent('dragover', { dataTransfer: data });
  await manifestEditor(page).dispatchEvent('drop', { dataTransfer: data });
  const tabs = manifestEditor(page).getByRole('tablist', { name: 'Documents' });
  await expect(tabs.getByRole('tab', { name: 'ns.yaml' })).toHaveAttribute('aria-selected', 'true');
});

test('the command palette lists the editor’s actions', async ({ page }) => {
  await openCluster(page);
  const box = await monacoReady(page);
  await box.focus();
  await page.keyboard.press('F1');
  await page.keyboard.insertText('diff against');
  await expect(page.getByRole('option', { name: /Diff against live/ })).toBeVisible();
});

test('YAML to JSON and back keeps the comments', async ({ page }) => {
  await openCluster(page);
  await setManifest(
    page,
    '# keep this comment\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: round-trip\n',
  );
  const editor = manifestEditor(page);
  await editor.getByRole('button', { name: 'To JSON' }).click();
  await expect(editor.getByTestId('document-name')).toHaveText('pod.json');
  await expect(editor.getByTestId('monaco')).toContainText('"apiVersion"');
  await editor.getByRole('button', { name: 'To YAML' }).click();
  await expect(editor.getByTestId('document-name')).toHaveText('pod.yaml');
  await expect(editor.getByTestId('monaco')).toContainText('# keep this comment');
});

test('the linter’s quick fix corrects a selector one typo away from the pods', async ({ page }) => {
  await openCluster(page);
  await kubectl(page, 'kubectl run web --image=nginx');
  await setManifest(
    page,
    `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    run: wbe
  ports:
  - port: 80
`,
  );
  const warning = problems(page).getByRole('listitem').filter({ hasText: 'run=wbe' });
  await expect(warning).toContainText('Line 7');
  // from the Problems list to the line, then Monaco's quick fix (Ctrl+.)
  await warning.getByRole('button').click();
  await page.keyboard.press('Control+.');
  await expect(page.getByText('Change run to "web"')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(manifestEditor(page).getByTestId('monaco')).toContainText('run: "web"');
  await expect(manifestEditor(page).getByText(/No problems/)).toBeVisible();
});

test('a closed document can be reopened, as it was', async ({ page }) => {
  await openCluster(page);
  const editor = manifestEditor(page);
  await editor.getByRole('combobox', { name: 'New document' }).selectOption({ label: 'Service' });
  const tabs = editor.getByRole('tablist', { name: 'Documents' });
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  const name = (await editor.getByTestId('document-name').textContent()) ?? '';
  await editor.getByRole('button', { name: `Close ${name}` }).click();
  await expect(tabs.getByRole('tab')).toHaveCount(1);
  await editor.getByRole('button', { name: `Reopen ${name}` }).click();
  await expect(tabs.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  await expect(editor.getByTestId('monaco')).toContainText('kind: Service');
});

test('a screenshot of the editor for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openCluster(page);
  await kubectl(page, 'kubectl create deployment web --image=nginx --replicas=3');
  await setManifest(
    page,
    `# the web Deployment's pods carry app=web
apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    tier: "front end"
spec:
  selector:
    app: wbe
  ports:
  - port: 80
    targetPort: http
`,
  );
  await expect(problems(page).getByRole('listitem')).toHaveCount(2);
  await page.screenshot({
    path: fileURLToPath(new URL('./screenshots/editor.png', import.meta.url)),
  });
});

test('the editor’s text box takes text as typed: filled, or typed key by key', async ({ page }) => {
  await openCluster(page);
  const box = await monacoReady(page);
  const pod = (name: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n    app: "${name}"\nspec:\n  containers:\n  - name: c\n    image: nginx\n`;
  // as a plain text box: fill replaces the document
  await box.fill(pod('filled'));
  await kubectl(page, 'kubectl apply -f pod.yaml --dry-run=client');
  await expect(consoleOutput(page)).toContainText('pod/filled created (dry run)');
  // key by key: no indentation added after Enter, no closing quotes added, Enter a new line
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(pod('typed'));
  await kubectl(page, 'kubectl apply -f pod.yaml --dry-run=client');
  await expect(consoleOutput(page)).toContainText('pod/typed created (dry run)');
});

test('the fault menu opens a node’s YAML in the editor (kubectl edit)', async ({ page }) => {
  await openCluster(page);
  await page.locator('[data-kind="Node"][data-name="node-2"]').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: /^Faults: Node node-2/ });
  await menu.getByRole('menuitem', { name: /^Edit YAML/ }).click();
  const tabs = manifestEditor(page).getByRole('tablist', { name: 'Documents' });
  await expect(tabs.getByRole('tab', { name: /node-node-2\.yaml/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(manifestEditor(page).getByText(/Editing the live Node/)).toBeVisible();
});
