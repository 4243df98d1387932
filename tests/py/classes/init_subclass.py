# __init_subclass__ and __set_name__ and __class_getitem__.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin): pass
class Beta(Plugin, name="custom-beta"): pass
class Gamma(Alpha): pass
print(Plugin.registry, Gamma.plugin_name)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"<{self.name} of {type(obj).__name__}>"
class Model:
    title = Field()
    body = Field()
print(Model().title, Model().body, type(Model.title).__name__)
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int], Box[str])
print(list[int], dict[str, int])
