// Two teammates in two browser contexts edit one post-mortem: B's file opened in A's
// copy merges with exactly one conflict (the event text both changed); taking B's
// text keeps every edit of both; A's result opened in B is "the newer copy".
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, closeApps } from './harness.mjs';
import { messages, waitForMessage, dropFiles, downloadText, schemaErrors } from './library_support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

const CHECKOUT_TITLE = 'Checkout outage: 5xx errors after config push';
const FIRST_EVENT = /^event: 14:27 /;

async function download(app) {
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.press('Control+s')]);
  return downloadText(file);
}

// Replaces the text of the field the caret is in.
async function retype(app, text) {
  await app.settle(3);
  await app.press('Control+A');
  await app.press('Backspace');
  await app.type(text);
}

async function editFirstEvent(app, text) {
  await app.click('Timeline');
  await app.click('Fit to incident');
  await app.click(FIRST_EVENT);
  await app.click('Event text');
  await retype(app, text);
  await app.click('Timeline');
}

test('merge: two teammates, one conflict, take theirs, then the newer copy', async () => {
  const viewport = { width: 1440, height: 900 };
  const a = await openApp(browser, server.url, { viewport });
  const b = await openApp(browser, server.url, { viewport });

  // A opens the example and shares it with B.
  await a.click('Open example');
  await a.click(CHECKOUT_TITLE);
  const shared = await download(a);
  const base = JSON.parse(shared);
  assert.match(base.revision, /^[0-9a-f]{64}$/, 'a downloaded file names its revision');
  await dropFiles(b.page, [{ name: 'checkout.postmortem.json', text: shared }]);
  await b.settle(4);
  assert.equal((await b.document())?.id, base.id);

  // A: the title, a tag, a new event, and the first event's text.
  await a.click('Title');
  await retype(a, 'Checkout outage after the payments config push');
  await a.click('Overview');
  await a.click('Add tag');
  await a.type('payments');
  await a.press('Enter');
  await a.click('Overview');
  await a.click('Timeline');
  await a.click('Add event');
  await a.settle(3);
  await a.type('Status page updated');
  await a.press('Enter');
  await editFirstEvent(a, 'Error rate alert fired (A)');

  // B: the summary, a new action, and the same event's text.
  await b.click('Summary');
  await retype(b, 'Checkout failed for 48 minutes after a config push removed the payments endpoint.');
  await b.click('Overview');
  await b.click('Actions');
  await b.click('+ Add action');
  await b.settle(3);
  await b.type('Alert when an endpoint disappears');
  await b.click('Actions');
  await editFirstEvent(b, 'Pager went off for the 5xx rate (B)');
  const fromB = await download(b);
  assert.deepEqual(JSON.parse(fromB).edited_from, [base.revision], "B's file was edited from the shared one");

  // A opens B's file: the merge view, with exactly that one conflict.
  await dropFiles(a.page, [{ name: 'checkout-from-b.postmortem.json', text: fromB }]);
  await waitForMessage(a, 'merge: ', /^Merge "/);
  const conflicts = await messages(a, 'merge: conflict: ');
  assert.deepEqual(conflicts, ['event 14:27 "Error rate alert fired (A)" text'], JSON.stringify(conflicts));
  assert.deepEqual(await messages(a, 'merge: mine: '), ['Error rate alert fired (A)']);
  assert.deepEqual(await messages(a, 'merge: theirs: '), ['Pager went off for the 5xx rate (B)']);
  const fromTheirs = await messages(a, 'merge: ');
  assert.ok(fromTheirs.some((m) => /^Edited summary$/.test(m)), JSON.stringify(fromTheirs));
  assert.ok(fromTheirs.some((m) => /^Added action "Alert when an endpoint disappears"$/.test(m)));
  await a.screenshot('merge-view');
  await a.click('Take theirs');
  await a.settle(2);
  await a.screenshot('merge-view-take-theirs');
  await a.click('Apply merge');

  const merged = await a.document();
  assert.equal(merged.title, 'Checkout outage after the payments config push');
  assert.ok(merged.tags.includes('payments'));
  assert.ok(merged.events.some((e) => e.text === 'Status page updated'));
  assert.equal(merged.events.find((e) => e.id === base.events[0].id).text, 'Pager went off for the 5xx rate (B)');
  assert.equal(merged.sections.summary, 'Checkout failed for 48 minutes after a config push removed the payments endpoint.');
  assert.ok(merged.actions.some((x) => x.title === 'Alert when an endpoint disappears'));
  assert.equal(merged.conflicts, undefined, 'nothing left to resolve');
  assert.deepEqual(schemaErrors(merged), []);
  // The merge is one edit: one undo restores A's copy, one redo the merge.
  await a.press('Control+z');
  assert.equal((await a.document()).sections.summary, base.sections.summary);
  assert.equal((await a.document()).title, 'Checkout outage after the payments config push');
  await a.press('Control+Shift+z');
  assert.equal((await a.document()).sections.summary, merged.sections.summary);

  // A shares the result; B, who has not edited since, is offered the newer copy.
  const result = await download(a);
  await dropFiles(b.page, [{ name: 'checkout-merged.postmortem.json', text: result }]);
  await waitForMessage(b, 'incoming: ', /is a newer copy of/);
  await b.screenshot('merge-newer-copy');
  await b.click('Update to the newer copy');
  const updated = await b.document();
  assert.equal(updated.title, merged.title);
  assert.ok(updated.tags.includes('payments'));
  // And the same file again: already up to date.
  await dropFiles(b.page, [{ name: 'checkout-merged.postmortem.json', text: await download(b) }]);
  await waitForMessage(b, 'incoming: ', /already up to date/);
  await b.press('Enter');

  // A file merged by git's driver carries its conflicts: opened, they are offered for resolution.
  const conflicted = JSON.parse(shared);
  conflicted.id = 'pm-00000000000000c1';
  delete conflicted.revision;
  conflicted.conflicts = [{ element: 'document', field: 'title', ours: conflicted.title, theirs: 'Checkout outage (title from git)' }];
  assert.deepEqual(schemaErrors(conflicted), []);
  await dropFiles(b.page, [{ name: 'from-git.postmortem.json', text: JSON.stringify(conflicted) }]);
  await waitForMessage(b, 'conflicts: ', /^1 merge conflict waits for a choice/);
  await b.click('Resolve conflicts');
  await waitForMessage(b, 'merge: conflict: ', /^title$/);
  await b.click('Take theirs');
  await b.click('Apply choices');
  const resolved = await b.document();
  assert.equal(resolved.title, 'Checkout outage (title from git)');
  assert.equal(resolved.conflicts, undefined);
  assert.deepEqual(await messages(b, 'conflicts: '), []);
  a.assertNoErrors();
  b.assertNoErrors();
});
