"""Loyalty members: enrolment, the member page and its counter actions."""
