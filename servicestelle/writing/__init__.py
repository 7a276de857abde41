"""Writing to people: templates with placeholders, e-mail drafts (.eml), sending through
the office's mail server with an outbox that survives a crash."""
