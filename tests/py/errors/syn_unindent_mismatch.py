# Dedent to a level that matches no outer block.
if True:
        x = 1
    y = 2
