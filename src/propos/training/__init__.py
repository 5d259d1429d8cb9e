"""Training commands for the learned pieces (`propos train …`): each reads gold/fr/train.jsonl only, is
deterministic with its seed, and writes its model, training data, features and scores side by side."""
