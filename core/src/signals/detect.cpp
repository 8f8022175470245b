#include "signals/detect.hpp"

namespace ownercheck {

// Placeholder seam: per-kind detectors plug in here.
std::vector<Signal> detect_signals(const Analysis&) { return {}; }

}  // namespace ownercheck
