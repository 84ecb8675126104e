"""Who may do what: roles, the rules of case access, sign-in back-off and account checks."""
