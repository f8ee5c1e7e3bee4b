"""What both reports share: strings and labels, anchors, the page header, the Jinja2
environment with its inlined assets, text diffs and the wording of audit findings."""
