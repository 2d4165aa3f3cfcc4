"""Low-rank sketch of the piece embeddings that estimates the norm of a text's mean embedding."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from presswatch.topics.tokens import sum_rows


@dataclass(frozen=True)
class NormSketch:
    """int8 projection of each piece onto the top singular directions, plus its residual energy."""

    # For a text with pieces e_1..e_n the squared norm of their mean is estimated as ||mean(V
    # e_i)||^2 + sum_i ||e_i - V'V e_i||^2 / n^2: the projected part exactly (up to int8 rounding),
    # the residual as if residual directions of different pieces were orthogonal.

    proj: np.ndarray  # pieces x k, int8
    scale: np.ndarray  # k, float32: proj * scale = projection
    resid: np.ndarray  # pieces, float32: squared norm of the part outside the k directions

    @classmethod
    def fit(cls, emb: np.ndarray, k: int) -> NormSketch:
        """Return the sketch of an embedding table (pieces x dims) with k kept directions."""
        _, _, vt = np.linalg.svd(emb.astype(np.float64), full_matrices=False)
        full = emb.astype(np.float64) @ vt[:k].T
        scale = np.abs(full).max(axis=0) / 127.0
        scale[scale == 0] = 1.0
        proj = np.round(full / scale).astype(np.int8)
        resid = (emb.astype(np.float64) ** 2).sum(axis=1) - (full**2).sum(axis=1)
        resid16 = np.maximum(resid, 0.0).astype(np.float16)  # stored as float16
        return cls(proj, scale.astype(np.float32), resid16.astype(np.float32))

    @classmethod
    def load(cls, path: Path) -> NormSketch:
        """Return the sketch stored by `save`."""
        with np.load(path, allow_pickle=False) as z:
            return cls(z["proj"], z["scale"].astype(np.float32), z["resid"].astype(np.float32))

    def save(self, path: Path) -> None:
        """Write the sketch to a compressed npz file (residuals as float16)."""
        np.savez_compressed(
            path, proj=self.proj, scale=self.scale, resid=self.resid.astype(np.float16)
        )

    def rows(self) -> np.ndarray:
        """Return the per-piece rows to sum over a text: k projected values, then the residual."""
        projected = self.proj.astype(np.float32) * self.scale
        return np.concatenate([projected, self.resid[:, None]], axis=1)

    @staticmethod
    def norms_from_sums(sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Return estimated mean-embedding norms from per-text sums of `rows()` (1.0 if none)."""
        n = np.maximum(counts, 1).astype(np.float64)
        projected = sums[:, :-1].astype(np.float64) / n[:, None]
        out = np.sqrt((projected**2).sum(axis=1) + sums[:, -1] / n**2)
        out[(counts == 0) | (out == 0)] = 1.0
        return out.astype(np.float32)

    def norms(self, flat: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Return the estimated norm of each text's mean embedding (1.0 for texts with no piece)."""
        return self.norms_from_sums(sum_rows(self.rows(), flat, counts), counts)
