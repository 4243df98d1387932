NAME = "sub-package"
