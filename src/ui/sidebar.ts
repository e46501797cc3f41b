document.getElementById("app")!.textContent = "Lembar CRM";
