"""sumy's side of the ranking: faster drop-in subclasses of sumy's summarizers (same ratings, same
choice, linear-ish cost), the news ranker as a sumy summarizer (``news``), and the adapter that hands
sumy the article and keeps the rating of every sentence (``adapter``).

sumy computes several of its summarizers with pure-Python loops over every pair of sentences
(LexRank, TextRank, Reduction), over every sentence at every greedy step (KL, SumBasic), or with a
dense SVD of the term-by-sentence matrix (LSA). The subclasses here compute the same quantities with
numpy over sparse term counts: only sentence pairs that share a word are ever visited.

Each module subclasses one sumy summarizer and keeps its interface: instances are configured the same
way (``stop_words`` and friends), and ``__call__`` still hands per-sentence ratings to
``self._get_best_sentences``, so sumy's selection rule (and the rating capture in ``adapter``) is
unchanged. Modules are imported only when their algorithm is chosen.
"""
