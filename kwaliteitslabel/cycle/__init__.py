"""What spans more than one audit: migration between framework versions, and more."""
