"""Grading: detect behaviours and violations in a reply, then score a whole call."""

from simulator.grading.detect import Detection, Detector, Evidence, default_detector

__all__ = ["Detection", "Detector", "Evidence", "default_detector"]
