"""The predictive remediation loop: diagnose → choose → guard → act → verify → learn, per incident."""
