/** Command-line flags of `npm run bench -- [flags]`. Pure. */
export interface Options {
  build: boolean;
  lighthouse: boolean;
  lighthouseRuns: number;
  /** cold runs per page for time to first chart */
  runs: number;
  /** embeds: pairs (reference, embed) timed for the paint ratio, after one warm-up pair */
  pairs: number;
  /** also time first chart with slow-4G network throttling */
  slow4g: boolean;
  /** only these URL paths (for a quick look); null: every page */
  only: string[] | null;
  /** every claim and figure page and embed, not the first two of each kind */
  allPages: boolean;
  /** scale mode: content multiplied by these factors, build steps timed (null: the normal benchmark) */
  scale: number[] | null;
  /** scale mode: time limit of a step at ×1, s; at ×k a step may run k times as long (a linear step's expected time) */
  scaleTimeout: number;
  help: boolean;
}

export const USAGE = `npm run bench -- [flags]
  --no-build            reuse dist/ (build time is then not measured)
  --no-lighthouse       skip Lighthouse
  --lighthouse-runs N   Lighthouse runs per page (default 1; scores are the median)
  --runs N              cold runs per page for time to first chart (default 5)
  --pairs N             embeds: pairs timed with the zero-JS reference for the paint ratio (default 9, after one
                        warm-up pair; the order within a pair alternates)
  --no-slow4g           skip the first-chart runs with slow-4G network throttling
  --only /a/,/b/        measure only these paths (targets then cover only them)
  --all-pages           every claim and figure page and embed (default: the first two of each kind; they share a template)
  --scale [1,4,16]      scale mode instead: content ×1, ×4, ×16 (valid records, fresh ids), each build step
                        timed with peak memory, growth per step, chart renders per build
  --scale-timeout S     scale mode: a step's time limit at ×1, in seconds (default 300); at ×k the limit is k×S, so
                        only a step growing faster than linearly can hit it (it is then reported as at least that long)
  --help                this text`;

function count(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a whole number ≥ 1, got "${value ?? ''}"`);
  return n;
}

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = { build: true, lighthouse: true, lighthouseRuns: 1, runs: 5, pairs: 9, slow4g: true, only: null, allPages: false, scale: null, scaleTimeout: 300, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s, 2) : [argv[i], undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--no-build': o.build = false; break;
      case '--no-lighthouse': o.lighthouse = false; break;
      case '--no-slow4g': o.slow4g = false; break;
      case '--all-pages': o.allPages = true; break;
      case '--lighthouse-runs': o.lighthouseRuns = count(flag, value()); break;
      case '--runs': o.runs = count(flag, value()); break;
      case '--pairs': o.pairs = count(flag, value()); break;
      case '--only': {
        const v = value();
        if (!v) throw new Error('--only needs paths, e.g. --only /,/what-happened/');
        o.only = v.split(',').map((p) => p.trim()).filter(Boolean);
        break;
      }
      case '--scale': {
        const next = inline ?? (argv[i + 1] && /^[\d,]+$/.test(argv[i + 1]) ? argv[++i] : undefined);
        o.scale = next ? next.split(',').map((v) => count('--scale', v)) : [1, 4, 16];
        if (o.scale.length < 2) throw new Error('--scale needs at least two factors, e.g. --scale 1,4,16');
        break;
      }
      case '--scale-timeout': o.scaleTimeout = count(flag, value()); break;
      case '--help': case '-h': o.help = true; break;
      default: throw new Error(`unknown flag "${argv[i]}"\n${USAGE}`);
    }
  }
  return o;
}
