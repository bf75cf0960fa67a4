"""The desktop face of benefitcalc (PySide6): a case form on the left, the estimate on the right.

Start-up imports only what the first screen needs; printing (`sheet`), the policy browser and
the dialogs are imported when they are first used.
"""
