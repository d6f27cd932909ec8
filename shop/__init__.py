"""Souk Tadamon: the application, accounts and the buying flow.

The factory lives in ``shop.app`` (importing it here would create import cycles).
"""
