part_value = 10
