# Single inheritance, overriding and extending.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!!"
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", True)]:
    print(a.speak(), a.kind())
print(Cat("c", False).indoor)
print(issubclass(Puppy, Dog), issubclass(Puppy, Animal), issubclass(Dog, Puppy))
print(issubclass(Dog, object), issubclass(Dog, Dog))
print(isinstance(Puppy("p"), Animal), isinstance(Cat("c", 1), Dog))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__)
print(Dog.__subclasses__()[0].__name__)
print(isinstance(1, (str, int)), issubclass(bool, (str, int)))
