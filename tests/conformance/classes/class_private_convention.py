# Single-underscore names are a convention only; they are ordinary attributes.
class Account:
    def __init__(self, balance):
        self._balance = balance
    def deposit(self, amount):
        self._balance += amount
        return self._balance
    def _helper(self):
        return 'helper'
a = Account(10)
print(a.deposit(5), a._balance, a._helper())
a._balance = 0
print(a.deposit(1))
print(hasattr(a, '_balance'), hasattr(Account, '_helper'))
