/**
 * Weighted, L2-regularised binary logistic regression over a CSR sparse matrix, fitted by L-BFGS.
 * Deterministic: full-batch, no sampling.
 */

export interface Csr {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

export function buildCsr(vectors: Array<{ indices: Int32Array; values: Float32Array }>, cols: number): Csr {
  const indptr = new Int32Array(vectors.length + 1);
  let nnz = 0;
  for (let i = 0; i < vectors.length; i++) {
    nnz += vectors[i].indices.length;
    indptr[i + 1] = nnz;
  }
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  for (let i = 0; i < vectors.length; i++) {
    indices.set(vectors[i].indices, indptr[i]);
    values.set(vectors[i].values, indptr[i]);
  }
  return { rows: vectors.length, cols, indptr, indices, values };
}

/** Renumber the columns that actually occur to 0..k-1; returns the compacted matrix and the old column of each new one. */
export function compactColumns(X: Csr): { X: Csr; columns: Int32Array } {
  const used = new Uint8Array(X.cols);
  for (let k = 0; k < X.indices.length; k++) used[X.indices[k]] = 1;
  const map = new Int32Array(X.cols).fill(-1);
  const columns: number[] = [];
  for (let j = 0; j < X.cols; j++)
    if (used[j]) {
      map[j] = columns.length;
      columns.push(j);
    }
  const indices = new Int32Array(X.indices.length);
  for (let k = 0; k < X.indices.length; k++) indices[k] = map[X.indices[k]];
  return { X: { ...X, cols: columns.length, indices }, columns: Int32Array.from(columns) };
}

export interface LogRegOptions {
  /** L2 strength (per-example averaged loss + l2/2 * ||w||^2). */
  l2: number;
  /** Weight of positive examples relative to negatives. */
  posWeight: number;
  maxIter: number;
  tol: number;
  history: number;
  verbose?: boolean;
  /** Weight of each example (times `posWeight` for positives); 1 when absent. */
  exampleWeights?: ArrayLike<number>;
  /** Stop iterating at this time (Date.now() ms): the work of one fit is bounded by the caller's budget. */
  deadline?: number;
}

export interface LogRegResult {
  weights: Float64Array;
  bias: number;
  loss: number;
  iterations: number;
}

/** Parameters are [w_0..w_{cols-1}, bias]; the bias is not regularised. */
export function trainLogReg(X: Csr, y: Uint8Array, opts: LogRegOptions): LogRegResult {
  const d = X.cols + 1;
  const n = X.rows;
  const sw = new Float64Array(n);
  let wsum = 0;
  for (let i = 0; i < n; i++) {
    sw[i] = (y[i] ? opts.posWeight : 1) * (opts.exampleWeights ? opts.exampleWeights[i] : 1);
    wsum += sw[i];
  }
  const z = new Float64Array(n);

  const evaluate = (p: Float64Array, g: Float64Array): number => {
    g.fill(0);
    const b = p[d - 1];
    let loss = 0;
    for (let i = 0; i < n; i++) {
      let s = b;
      for (let k = X.indptr[i]; k < X.indptr[i + 1]; k++) s += p[X.indices[k]] * X.values[k];
      z[i] = s;
      const m = y[i] ? s : -s;
      // log(1 + exp(-m)) computed stably
      loss += sw[i] * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
      const prob = 1 / (1 + Math.exp(-s));
      const r = (sw[i] * (prob - (y[i] ? 1 : 0))) / wsum;
      for (let k = X.indptr[i]; k < X.indptr[i + 1]; k++) g[X.indices[k]] += r * X.values[k];
      g[d - 1] += r;
    }
    loss /= wsum;
    let reg = 0;
    for (let j = 0; j < d - 1; j++) {
      reg += p[j] * p[j];
      g[j] += opts.l2 * p[j];
    }
    return loss + 0.5 * opts.l2 * reg;
  };

  const p = new Float64Array(d);
  const g = new Float64Array(d);
  let f = evaluate(p, g);
  const m = opts.history;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const dir = new Float64Array(d);
  const pNew = new Float64Array(d);
  const gNew = new Float64Array(d);
  const alpha = new Float64Array(m);
  let it = 0;
  for (; it < opts.maxIter; it++) {
    // Two-loop recursion.
    for (let j = 0; j < d; j++) dir[j] = -g[j];
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(S[k], dir);
      axpy(-alpha[k], Y[k], dir);
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last], Y[last]) / dot(Y[last], Y[last]);
      for (let j = 0; j < d; j++) dir[j] *= gamma;
    }
    for (let k = 0; k < S.length; k++) {
      const beta = rho[k] * dot(Y[k], dir);
      axpy(alpha[k] - beta, S[k], dir);
    }
    let gd = dot(g, dir);
    if (gd >= 0) {
      for (let j = 0; j < d; j++) dir[j] = -g[j];
      gd = dot(g, dir);
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
    }
    // Backtracking Armijo line search.
    let step = it === 0 ? 1 / Math.max(1e-12, Math.sqrt(dot(g, g))) : 1;
    let fNew = 0;
    let ok = false;
    for (let ls = 0; ls < 40; ls++) {
      for (let j = 0; j < d; j++) pNew[j] = p[j] + step * dir[j];
      fNew = evaluate(pNew, gNew);
      if (fNew <= f + 1e-4 * step * gd) {
        ok = true;
        break;
      }
      step *= 0.5;
    }
    if (!ok) break;
    const s = new Float64Array(d);
    const yy = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      s[j] = pNew[j] - p[j];
      yy[j] = gNew[j] - g[j];
    }
    const sy = dot(s, yy);
    if (sy > 1e-12) {
      S.push(s);
      Y.push(yy);
      rho.push(1 / sy);
      if (S.length > m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    const rel = Math.abs(f - fNew) / Math.max(1, Math.abs(f));
    p.set(pNew);
    g.set(gNew);
    f = fNew;
    if (opts.verbose && it % 20 === 0) process.stderr.write(`  iter ${it} loss ${f.toFixed(6)}\n`);
    if (rel < opts.tol) break;
    if (opts.deadline !== undefined && Date.now() > opts.deadline) break;
  }
  return { weights: p.subarray(0, d - 1), bias: p[d - 1], loss: f, iterations: it };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] += a * x[i];
}
