"""SQL of service quality: counter ratings, scoring sheets, quality checks, missed calls."""
