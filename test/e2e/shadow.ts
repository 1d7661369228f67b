// Reaching into the badge's CLOSED shadow root from a test, the way the browser's own
// tools do: the DevTools protocol resolves the shadow root to an object and runs a
// function on it. The page itself still cannot (badges.test.ts checks el.shadowRoot is null).
import type { Page } from 'playwright-core';

interface DomNode { nodeName: string; backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }

/** Run `fn` (a function source, `this` = the shadow root) in the badge whose data-gaplens is `kind`. */
export async function inBadge<T>(page: Page, fn: string, kind: 'detail' | 'card' = 'detail', index = 0): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: DomNode };
    const roots: DomNode[] = [];
    const walk = (n: DomNode) => {
      const attrs = n.attributes ?? [];
      const k = attrs[attrs.indexOf('data-gaplens') + 1];
      if (n.nodeName === 'GAPLENS-BADGE' && attrs.includes('data-gaplens') && k === kind && n.shadowRoots?.[0]) roots.push(n.shadowRoots[0]);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root);
    const target = roots[index];
    if (!target) throw new Error(`no ${kind} badge #${index}`);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: target.backendNodeId }) as { object: { objectId: string } };
    const res = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true, awaitPromise: true }) as { result: { value: T }; exceptionDetails?: unknown };
    if (res.exceptionDetails) throw new Error(JSON.stringify(res.exceptionDetails));
    return res.result.value;
  } finally {
    await cdp.detach();
  }
}

export interface Box { left: number; right: number; top: number; bottom: number; width: number; height: number }

/** The bounding box of the first element matching `selector` in the badge's shadow root. */
export function boxIn(page: Page, selector: string, kind: 'detail' | 'card' = 'detail'): Promise<Box | null> {
  return inBadge<Box | null>(page, `function () {
    const el = this.querySelector(${JSON.stringify(selector)});
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
  }`, kind);
}
