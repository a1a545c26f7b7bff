# Helper nested package.
inner_value = 'inner'
