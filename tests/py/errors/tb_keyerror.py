# Uncaught KeyError shows the repr of the key.
inventory = {"apples": 3, "pears": 0}
for item in ["apples", "pears", "plums"]:
    print(item, inventory[item])
