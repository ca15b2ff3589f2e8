"""One Screen per view: home, session, scorecard, help, confirm."""
