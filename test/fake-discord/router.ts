export type Params = Record<string, string>;

interface Route<H> {
  method: string;
  template: string;
  segments: string[];
  handler: H;
}

export type RouteLookup<H> =
  | { kind: 'found'; template: string; params: Params; handler: H }
  | { kind: 'wrong-method'; template: string }
  | { kind: 'none' };

/** Splits and percent-decodes, so `%40original` and `@original` are the same segment. */
export function pathSegments(path: string): string[] {
  return path
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

function matchSegments(templateSegments: string[], segments: string[]): Params | undefined {
  if (templateSegments.length !== segments.length) return undefined;
  const params: Params = {};
  for (const [index, expected] of templateSegments.entries()) {
    const actual = segments[index] as string;
    if (expected.startsWith(':')) params[expected.slice(1)] = actual;
    else if (expected !== actual) return undefined;
  }
  return params;
}

/** Literal segments win over `:params`, so `/users/@me` is not swallowed by a `/users/:id` route. */
function specificity(route: Route<unknown>): number {
  return route.segments.filter((segment) => !segment.startsWith(':')).length;
}

export class Router<H> {
  readonly #routes: Route<H>[] = [];

  add(method: string, template: string, handler: H): this {
    this.#routes.push({ method, template, segments: pathSegments(template), handler });
    this.#routes.sort((a, b) => specificity(b) - specificity(a));
    return this;
  }

  lookup(method: string, path: string): RouteLookup<H> {
    const segments = pathSegments(path);
    let wrongMethod: string | undefined;
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method === method) return { kind: 'found', template: route.template, params, handler: route.handler };
      wrongMethod ??= route.template;
    }
    return wrongMethod === undefined ? { kind: 'none' } : { kind: 'wrong-method', template: wrongMethod };
  }
}
