"""Syndicated copies: copies cluster with their original, independent reports do not, counts fall."""
import pandas as pd
import pytest

import helpers
from helpers.dedup import cluster_articles, shingles, syndicate
from helpers.pipeline import analyze
from helpers.synthetic import write_jsonl

ORIGINAL = pd.DataFrame({
    "article_id": ["w1"], "date": pd.to_datetime(["2021-11-24"]), "source": ["Wire"], "title": ["Pact signed"],
    "text": ["Israel and Morocco signed a defence memorandum in Rabat on Wednesday, the first such pact between "
             "Israel and an Arab state. The agreement covers intelligence sharing, industrial cooperation and "
             "military training, officials said. Israeli Defence Minister Benny Gantz also met Foreign Minister "
             "Nasser Bourita. Algeria denounced the visit as a threat to the region."]})
# the same event, written independently: same facts, other words
SAME_EVENT = pd.DataFrame({
    "article_id": ["x1"], "date": pd.to_datetime(["2021-11-24"]), "source": ["Other Desk"], "title": ["Gantz in Rabat"],
    "text": ["Benny Gantz became the first Israeli defence chief to make an official trip to Morocco, where on "
             "Wednesday he put his name to a security accord with his host Abdellatif Loudiyi. Under the deal the "
             "two armies will train together and exchange information. Algiers called the trip a danger to "
             "stability in North Africa."]})


@pytest.mark.parametrize("kind", ["headline-dateline-credit", "teaser", "dropped-sentence", "words-changed"])
def test_copies_join_their_original(kind):
    copy = ORIGINAL.copy()
    text = copy.loc[0, "text"]
    if kind == "headline-dateline-credit":
        copy["title"] = "Morocco and Israel seal security pact"
        text = "RABAT (Coastal Courier) - " + text + "\n(Reporting by the desk)"
    elif kind == "teaser":
        text = text + "\nRead also: Markets close higher on energy shares"
    elif kind == "dropped-sentence":
        text = text.replace("Israeli Defence Minister Benny Gantz also met Foreign Minister Nasser Bourita. ", "")
    else:
        text = text.replace("officials said", "authorities stated").replace("agreement", "accord")
    copy["text"] = text
    copy["article_id"] = "c1"
    out = cluster_articles(pd.concat([ORIGINAL, copy], ignore_index=True))
    assert out["cluster_id"].nunique() == 1 and out["canonical"].sum() == 1
    both = pd.concat([ORIGINAL, copy], ignore_index=True)
    longest = both.loc[both["text"].str.len().idxmax(), "article_id"]  # same day: the longest is canonical
    assert out.set_index("article_id").loc[longest, "canonical"]


def test_same_event_other_words_stays_separate():
    out = cluster_articles(pd.concat([ORIGINAL, SAME_EVENT], ignore_index=True))
    assert out["cluster_id"].nunique() == 2


def test_bundled_briefs_are_never_merged_and_their_copies_are_found():
    arts, _, _ = helpers.load(helpers.CORPUS)
    arts = arts[arts["language"] == "en"].head(40)
    copies = syndicate(arts, 3, seed=2)
    out = cluster_articles(pd.concat([arts, copies], ignore_index=True)).set_index("article_id")
    originals = out.loc[arts["article_id"]]
    assert originals["cluster_id"].nunique() == len(arts)                    # no false merge
    found = sum(out.loc[c, "cluster_id"] == out.loc[c.split("-copy")[0], "cluster_id"] for c in copies["article_id"])
    assert found / len(copies) >= 0.95


def test_shingles_ignore_boilerplate_and_dateline():
    a = shingles("RABAT (Wire) - Israel and Morocco signed a deal.\nREAD MORE: other story")
    b = shingles("Israel and Morocco signed a deal.")
    assert a == b


def _corpus(tmp_path, copies):
    arts, _, _ = helpers.load(helpers.CORPUS)
    arts = arts[arts["language"] == "en"].head(12)
    cp = syndicate(arts.head(4), copies, seed=3)
    df = pd.concat([arts, cp], ignore_index=True)
    df["date"] = df["date"].dt.strftime("%Y-%m-%d")
    return write_jsonl(df[["article_id", "date", "source", "title", "text", "url"]], tmp_path / "c.jsonl")


def test_relations_count_each_story_once_and_keep_copies_restores_volume(tmp_path):
    src = _corpus(tmp_path, 3)
    m1 = analyze(src, tmp_path / "collapsed", figures=False)
    m2 = analyze(src, tmp_path / "kept", figures=False, keep_copies=True)
    m3 = analyze(src, tmp_path / "off", figures=False, near_dup=None)
    ad1 = pd.read_parquet(tmp_path / "collapsed" / "article_dyads.parquet")
    ad2 = pd.read_parquet(tmp_path / "kept" / "article_dyads.parquet")
    ad3 = pd.read_parquet(tmp_path / "off" / "article_dyads.parquet")
    assert m1["near_duplicates"]["near_duplicate_copies"] == 12
    arts = pd.read_parquet(tmp_path / "collapsed" / "articles.parquet")
    per_story = ad1.merge(arts[["article_id", "cluster_id"]]).groupby(["cluster_id", "country_a", "country_b"]).size()
    assert per_story.max() == 1                                        # one story, one vote
    assert len(ad2) == len(ad3) > len(ad1)
    assert (ad1["n_copies"] > 1).any() and ad1["sources"].str.contains(";").any()
    assert len(arts) == 24 and arts["canonical"].sum() == 12          # copies stay in articles


@pytest.mark.parametrize(("chunk", "workers"), [(1, 1), (5, 2)])
def test_clusters_do_not_depend_on_chunks_or_workers(tmp_path, chunk, workers):
    src = _corpus(tmp_path, 2)
    analyze(src, tmp_path / "ref", figures=False, chunk_size=1000)
    analyze(src, tmp_path / "run", figures=False, chunk_size=chunk, workers=workers)
    cols = ["article_id", "cluster_id", "canonical", "n_copies"]
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "ref" / "articles.parquet")[cols],
                                  pd.read_parquet(tmp_path / "run" / "articles.parquet")[cols])


def test_a_chain_of_similar_stories_does_not_collapse_into_one():
    # a running story rewritten a little each day: each version is close to the day before,
    # the last shares almost nothing with the first, so they cannot all be "one story"
    import random
    rng = random.Random(4)
    words = ORIGINAL.loc[0, "text"].split()
    texts = [words]
    fresh = iter(f"term{i}" for i in range(10_000))
    for _ in range(14):
        w = list(texts[-1])
        for i in rng.sample(range(len(w)), len(w) // 10):
            w[i] = next(fresh)  # about 0.6 Jaccard to the day before
        texts.append(w)
    arts = pd.DataFrame({"article_id": [f"d{i:02d}" for i in range(15)], "source": "Wire",
                         "date": pd.date_range("2021-11-01", periods=15, freq="D"),
                         "text": [" ".join(t) for t in texts]})
    out = cluster_articles(arts, threshold=0.4)
    assert out["cluster_id"].nunique() > 1
    # every member stays close to its cluster's canonical article (true Jaccard, not the estimate)
    sh = {a: shingles(t) for a, t in zip(arts["article_id"], arts["text"])}
    for a, c in zip(out["article_id"], out["cluster_id"]):
        assert len(sh[a] & sh[c]) / len(sh[a] | sh[c]) >= 0.15, (a, c)
    # and consecutive days that are copies of each other do still cluster
    assert out.loc[out["article_id"] == "d01", "cluster_id"].item() == "d00"
