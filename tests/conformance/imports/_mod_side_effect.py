# Helper: prints once when first imported.
print('_mod_side_effect: module body runs')
loads = 1
