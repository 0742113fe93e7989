# expect: RE
# Divides without a guard: ZeroDivisionError when nothing is predicted positive.
def precision_recall_f1(y_true, y_pred):
    tp = fp = fn = 0
    for t, p in zip(y_true, y_pred):
        tp += int(t == 1 and p == 1)
        fp += int(t == 0 and p == 1)
        fn += int(t == 1 and p == 0)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1
