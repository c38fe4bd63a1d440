"""Errors that carry a plain-language sentence for the user."""


class UserError(Exception):
    """Something the user can fix: the message says what is wrong and what to do.

    The command line prints the message alone on stderr and exits with status 1; the
    window shows it inline or in a message box. Never a traceback.
    """
