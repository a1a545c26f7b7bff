# Helper without __all__: star import takes names without a leading underscore.
visible = 'visible'
also_visible = 2
_hidden = 'hidden'
def visible_func():
    return 'visible_func'
