# Invalid character in identifier.
price = 5 € 3
