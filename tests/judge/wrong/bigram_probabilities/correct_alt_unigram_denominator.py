# expect: AC
# Different route: divide pair counts by the unigram count of the previous token over
# every position but the last of each wrapped sentence.
def bigram_probabilities(sentences):
    pair_counts = {}
    prev_counts = {}
    for sentence in sentences:
        tokens = ["<s>"]
        tokens.extend(sentence.lower().split())
        tokens.append("</s>")
        for i in range(len(tokens) - 1):
            key = (tokens[i], tokens[i + 1])
            pair_counts[key] = pair_counts.get(key, 0) + 1
            prev_counts[tokens[i]] = prev_counts.get(tokens[i], 0) + 1
    result = {}
    for (a, b), c in pair_counts.items():
        result.setdefault(a, {})[b] = c / prev_counts[a]
    return result
