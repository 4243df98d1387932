# A bank-account class hierarchy with interest, overdraft and a transaction log.
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def can_withdraw(self, amount):
        return amount <= self.balance
    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds(f"{self.owner}: cannot withdraw {amount} (balance {self.balance})")
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def month_end(self):
        pass
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner}, {self.balance})"
class Savings(Account):
    def __init__(self, owner, balance=0, rate=2):
        super().__init__(owner, balance)
        self.rate = rate
    def month_end(self):
        interest = self.balance * self.rate // 100
        if interest:
            self.deposit(interest)
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100, fee=5):
        super().__init__(owner, balance)
        self.overdraft, self.fee = overdraft, fee
    def can_withdraw(self, amount):
        return amount <= self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self.log.append(("fee", self.fee))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Savings, "alice", 1000, rate=3)
b = bank.open(Checking, "bob", 50)
c = bank.open(Account, "carol")
bank.transfer(a.id, b.id, 200)
bank.transfer(b.id, c.id, 300)
for amount in [10, -5, 400]:
    try:
        c.deposit(amount) if amount < 0 else c.withdraw(amount)
    except (ValueError, InsufficientFunds) as e:
        print(type(e).__name__, "-", e)
for month in range(1, 4):
    for acct in bank.accounts.values():
        acct.month_end()
    print("month", month, list(bank.accounts.values()), bank.total())
for acct in bank.accounts.values():
    print(acct.owner, acct.log)
print(sorted(bank.accounts.values(), key=lambda x: x.balance))
