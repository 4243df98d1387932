# Missing indented block after if.
if True:
print("no indent")
