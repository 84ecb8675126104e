"""Official documents (人民调解文书) built from domain read-models."""
