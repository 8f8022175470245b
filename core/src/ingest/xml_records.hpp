#pragma once
// An XML export pasted as text (a back office's audit export, a SOAP answer, Windows event XML,
// often as Chrome's XML viewer shows it: "This XML file does not appear to have any style
// information..." above the tree). The records are the shallowest element that repeats (<Event>,
// not its <Client> or its <Data> fields); each becomes a JSON object of its attributes,
// its children's attributes nested under their names (<Client ip="…"/> is "Client": {"ip": …})
// and its text-only children as values. Rewritten once before detection as a JSON array whose
// records sit on the lines their elements start on; every other line is left empty.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` is such XML; false, `out`
// untouched, otherwise.
bool rewrite_xml_records(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
