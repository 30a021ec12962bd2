"""
Dedup: articles -> syndication clusters (near-duplicate copies of one story).

A wire story reprinted by many outlets with a new headline, a dateline, a
credit line or a dropped sentence is still one story. Each article is reduced
to a MinHash signature of its word 3-shingles (after boilerplate lines and a
leading dateline are removed); datasketch's LSH proposes candidate pairs and a
pair joins one cluster when its estimated Jaccard similarity reaches the
threshold. Only signatures (a few hundred bytes per article) are kept, and
clusters are formed once all signatures are in, visiting articles in canonical
order, so they do not depend on chunk size or worker count. A cluster grows
around its canonical article (an article joins only if it is also close to the
canonical one), so a chain of stories each a little like the next does not
collapse into one.

The canonical article of a cluster is the earliest, then the longest, then the
smallest article_id. Copies stay in ``articles``; downstream steps score the
canonical article only, and ``article_dyads`` carries ``n_copies`` and the
outlets that carried the story.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .segment import split_boilerplate

__all__ = ["NearDuplicates", "signatures", "annotate", "attach_copies", "summary", "DEFAULT_THRESHOLD", "syndicate",
           "shingles", "cluster_articles"]

#: Default Jaccard threshold (word 3-shingles). On 180 syndicated copies of 60 bundled briefs it found
#: every copy with no false merge among the originals (0.5: 98.3%; 0.6: 78.9%); see docs/METHODS.md.
DEFAULT_THRESHOLD = 0.4
NUM_PERM = 128
_SCHEME = "affine32"  # datasketch 2.x MinHash default; signatures are rebuilt with the same scheme
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(\([^)]{1,40}\))?\s*(-{1,2}|\u2014|:)\s*")
_WORD = re.compile(r"[a-z0-9]+")


def shingles(text: str, k: int = 3) -> set[str]:
    """
    Return the set of word k-shingles of a text after boilerplate and dateline removal.

    >>> sorted(shingles("RABAT (Reuters) - Israel and Morocco signed a deal."))[:2]
    ['and morocco signed', 'israel and morocco']
    """
    kept, _ = split_boilerplate(text or "")
    body = "\n".join(text[s:e] for s, e in kept)
    body = _DATELINE.sub("", body)
    words = _WORD.findall(body.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def signatures(articles: pd.DataFrame, *, num_perm: int = NUM_PERM) -> list[tuple]:
    """
    MinHash signatures of a chunk of articles: (article_id, date, text length, source, hashvalues).

    A pure function of its chunk, so it can run in a worker process. Shingles keep
    datasketch's SHA-1 hash: CRC-32 is faster but, being linear, biased the
    similarity estimates upwards (0.41 for pairs whose true Jaccard was 0.27).
    """
    from datasketch import MinHash
    out = []
    srcs = articles["source"] if "source" in articles else [""] * len(articles)
    # the permutations depend only on (num_perm, seed): draw them once, not once per article
    perms = MinHash(num_perm=num_perm, seed=1).permutations
    for aid, date, text, src in zip(articles["article_id"], articles["date"], articles["text"], srcs):
        m = MinHash(num_perm=num_perm, seed=1, permutations=perms, scheme=_SCHEME)
        m.update_batch([x.encode("utf-8") for x in sorted(shingles(text))])
        out.append((aid, date, len(text or ""), str(src), m.hashvalues.copy()))
    return out


class NearDuplicates:
    """
    Collect MinHash signatures chunk by chunk, then cluster them.

    Candidate pairs come from LSH banding (datasketch's choice of bands and rows
    for the threshold), done as one vectorised join over all signatures when
    :meth:`clusters` is called: per band, articles whose rows of the signature
    agree are candidates. Within a band's bucket each article is compared with
    at most ``max_candidates`` earlier articles (in canonical order), so a story
    carried ten thousand times costs linear, not quadratic, work. Candidates
    whose estimated Jaccard similarity reaches the threshold are linked.

    Memory: about 0.6 KB per article (a 128-value uint32 signature and its
    metadata); ``--no-near-dup`` keeps nothing.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM,
                 max_candidates: int = 64):
        from datasketch.lsh import _optimal_param
        if not 0 < threshold <= 1:
            raise ValueError("the near-duplicate threshold is a Jaccard similarity in (0, 1]")
        self.threshold = threshold
        self.num_perm = num_perm
        self.max_candidates = max_candidates
        # bands are tuned for a lower similarity than the threshold, so pairs just above it are proposed
        self.bands, self.rows = _optimal_param(max(0.05, threshold * 0.8), num_perm, 0.5, 0.5)
        self._sigs: list[np.ndarray] = []
        self.ids: list[str] = []
        self.meta: list[tuple] = []
        self.edges: list[tuple[str, str, float]] = []

    def add(self, articles: pd.DataFrame) -> None:
        """Add a chunk of articles (article_id, date, text, source)."""
        self.add_signatures(signatures(articles, num_perm=self.num_perm))

    def add_signatures(self, rows: list[tuple]) -> None:
        """Add precomputed rows of :func:`signatures` (computed in a worker, say)."""
        if not rows:
            return
        for aid, date, length, src, _ in rows:
            self.ids.append(aid)
            d = pd.Timestamp(date) if date is not None and not pd.isna(date) else pd.NaT
            self.meta.append((d, int(length), str(src)))
        # affine32 values fit in 32 bits: half the memory of datasketch's uint64
        self._sigs.append(np.stack([r[4] for r in rows]).astype(np.uint32))

    def _pairs(self, sig: np.ndarray) -> np.ndarray:
        """Candidate pairs (i, j), i < j, of rows of ``sig`` (rows in canonical order)."""
        n = len(sig)
        found = []
        mult = np.uint64(0x9E3779B97F4A7C15)
        for b in range(self.bands):
            block = sig[:, b * self.rows:(b + 1) * self.rows].astype(np.uint64)
            key = np.zeros(n, dtype=np.uint64)
            for c in range(block.shape[1]):
                key = key * mult + block[:, c] + np.uint64(c + 1)
            order = np.argsort(key, kind="stable")      # stable: rows keep canonical order in a bucket
            k = key[order]
            for d in range(1, self.max_candidates + 1):
                same = k[d:] == k[:-d]
                if not same.any():
                    break
                found.append(np.stack([order[:-d][same], order[d:][same]], axis=1))
        if not found:
            return np.empty((0, 2), dtype=np.int64)
        pairs = np.concatenate(found).astype(np.int64)
        return np.unique(pairs[:, 0] * n + pairs[:, 1])

    def clusters(self) -> pd.DataFrame:
        """
        Return article_id, cluster_id, canonical, n_copies, sources for every article added.

        Articles are visited in canonical order (earliest, then longest, then
        article_id). Each joins the cluster of the most similar earlier article
        whose similarity reaches the threshold, provided it is also at least half
        the threshold from that cluster's canonical article; otherwise it starts
        a cluster. The second condition stops chaining: with plain connected
        components, a run of stories each a little like the next (a template, a
        running live blog) would collapse into one "story".
        """
        n = len(self.ids)
        cols = ["article_id", "cluster_id", "canonical", "n_copies", "sources"]
        if n == 0:
            return pd.DataFrame({c: pd.Series(dtype="int64" if c == "n_copies" else object) for c in cols})
        never = 2 ** 63 - 1
        order = sorted(range(n), key=lambda i: (self.meta[i][0].value if self.meta[i][0] is not pd.NaT
                                                else never, -self.meta[i][1], self.ids[i]))
        sig = np.concatenate(self._sigs)[order]
        ids = [self.ids[i] for i in order]
        meta = [self.meta[i] for i in order]
        codes = self._pairs(sig)
        first, second = codes // n, codes % n
        sims = np.empty(len(codes))
        for s in range(0, len(codes), 50_000):           # batches keep the comparison array small
            sl = slice(s, s + 50_000)
            sims[sl] = (sig[first[sl]] == sig[second[sl]]).mean(axis=1)
        keep = sims >= self.threshold
        near: dict[int, list[tuple[float, int]]] = {}
        self.edges = []
        for i, j, sim in zip(first[keep].tolist(), second[keep].tolist(), sims[keep].tolist()):
            near.setdefault(j, []).append((sim, i))     # i is earlier than j
            self.edges.append((ids[i], ids[j], sim))
        leader = list(range(n))
        for j in range(n):
            best = None
            for sim, i in near.get(j, ()):
                lead = leader[i]
                if lead != i and float((sig[lead] == sig[j]).mean()) < self.threshold / 2:
                    continue
                key = (-sim, lead)
                if best is None or key < best:
                    best = key
            if best is not None:
                leader[j] = best[1]
        members: dict[int, list[int]] = {}
        for j in range(n):
            members.setdefault(leader[j], []).append(j)
        outlets = {k: "; ".join(sorted({meta[j][2] for j in v})) for k, v in members.items()}
        out = pd.DataFrame({"article_id": ids, "cluster_id": [ids[leader[j]] for j in range(n)],
                            "canonical": [leader[j] == j for j in range(n)],
                            "n_copies": pd.Series([len(members[leader[j]]) for j in range(n)], dtype="int64"),
                            "sources": [outlets[leader[j]] for j in range(n)]})
        return out.sort_values("article_id", ignore_index=True)


def cluster_articles(articles: pd.DataFrame, *, threshold: float = DEFAULT_THRESHOLD) -> pd.DataFrame:
    """
    Cluster syndicated copies in an articles table and add cluster_id, canonical, n_copies.

    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "source": ["X", "Y", "Z"],
    ...     "date": pd.to_datetime(["2021-11-24", "2021-11-25", "2021-11-24"]),
    ...     "text": ["Israel and Morocco signed a defence memorandum in Rabat on Wednesday, the first such pact.",
    ...              "RABAT (Wire) - Israel and Morocco signed a defence memorandum in Rabat on Wednesday, the first such pact.",
    ...              "Algeria protested after its neighbour hosted the Israeli defence minister for talks."]})
    >>> cluster_articles(arts)[["article_id", "cluster_id", "canonical", "n_copies"]]
      article_id cluster_id  canonical  n_copies
    0          a          a       True         2
    1          b          a      False         2
    2          c          c       True         1
    """
    nd = NearDuplicates(threshold=threshold)
    nd.add(articles)
    return annotate(articles, nd.clusters())


def annotate(articles: pd.DataFrame, clusters: pd.DataFrame) -> pd.DataFrame:
    """Add cluster_id, canonical and n_copies to a chunk of articles."""
    c = clusters.set_index("article_id")
    out = articles.copy()
    out["cluster_id"] = out["article_id"].map(c["cluster_id"]).fillna(out["article_id"])
    out["canonical"] = out["article_id"].map(c["canonical"]).fillna(True).astype(bool)
    out["n_copies"] = out["article_id"].map(c["n_copies"]).fillna(1).astype("int64")
    return out


def attach_copies(article_dyads: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Add n_copies and sources (the outlets that carried the story) to article_dyads."""
    if "cluster_id" not in articles:
        return article_dyads.assign(n_copies=1)
    a = articles.set_index("article_id")
    per_cluster = articles.groupby("cluster_id")["source"].apply(lambda s: "; ".join(sorted(set(map(str, s)))))
    out = article_dyads.copy()
    out["n_copies"] = out["article_id"].map(a["n_copies"]).fillna(1).astype("int64")
    out["sources"] = out["article_id"].map(a["cluster_id"]).map(per_cluster)
    return out


def summary(clusters: pd.DataFrame, threshold: float) -> dict:
    """Counts for manifest.json: clusters with copies, copies collapsed, threshold."""
    multi = clusters[clusters["n_copies"] > 1]
    return {"enabled": True, "threshold": threshold, "shingle_words": 3, "num_perm": NUM_PERM,
            "clusters_with_copies": int(multi["cluster_id"].nunique()),
            "near_duplicate_copies": int((~clusters["canonical"]).sum())}


_OUTLETS = ["Coastal Courier", "Desert Daily", "Harbour Herald", "Valley Voice", "Morning Ledger",
            "Evening Post Online", "Regional Digest", "City Bulletin"]


def syndicate(articles: pd.DataFrame, copies: int = 3, *, seed: int = 0) -> pd.DataFrame:
    """
    Make syndicated copies of articles the way outlets reprint a wire story.

    Each copy gets a new headline, a dateline and a credit line, a teaser for
    another story, one dropped sentence (when the text has three or more) and
    a word or two changed, and is dated the same day or the next. Used by the
    tests and notebook 04 to measure copy detection; the copies are returned
    alone (article_id ``<original>-copyN``), so ``pd.concat`` them with the
    originals.
    """
    rng = np.random.default_rng(seed)
    swaps = [("said", "stated"), ("on Monday", "on Monday,"), ("officials", "authorities"),
             ("agreement", "accord"), ("talks", "discussions")]
    rows = []
    for r in articles.itertuples(index=False):
        sentences = re.split(r"(?<=[.!?])\s+", r.text)
        for k in range(1, copies + 1):
            s = list(sentences)
            if len(s) >= 3:
                del s[int(rng.integers(1, len(s)))]
            body = " ".join(s)
            for a, b in swaps[int(rng.integers(0, len(swaps))):][:2]:
                body = body.replace(a, b, 1)
            outlet = _OUTLETS[(k + int(rng.integers(0, len(_OUTLETS)))) % len(_OUTLETS)]
            text = (f"RABAT ({outlet}) - {body}\nRead also: Markets close higher on energy shares\n"
                    f"(Reporting by the {outlet} desk; editing by staff)")
            rows.append({"article_id": f"{r.article_id}-copy{k}",
                         "date": pd.Timestamp(r.date) + pd.Timedelta(days=int(rng.integers(0, 2))),
                         "source": outlet, "title": f"{r.title} ({outlet})", "text": text,
                         "url": f"https://example.org/{outlet.lower().replace(' ', '-')}/{r.article_id}-{k}",
                         **({"language": r.language} if hasattr(r, "language") else {})})
    return pd.DataFrame(rows)
